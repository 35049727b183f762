stub: upstream file of 42329 bytes
