import { act } from '@testing-library/react';

/** Runs an event, then lets the API's promise and the state updates after it settle inside act(). */
export async function settled(event: () => void): Promise<void> {
  await act(async () => {
    event();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
