stub: upstream file of 3278 bytes
