stub: upstream file of 32562 bytes
