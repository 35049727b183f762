stub: upstream file of 10809 bytes
