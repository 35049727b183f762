stub: upstream file of 8573 bytes
