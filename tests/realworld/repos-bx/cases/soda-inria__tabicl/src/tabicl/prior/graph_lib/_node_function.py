stub: upstream file of 3291 bytes
