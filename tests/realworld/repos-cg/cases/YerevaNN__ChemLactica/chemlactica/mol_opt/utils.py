stub: upstream file of 9398 bytes
