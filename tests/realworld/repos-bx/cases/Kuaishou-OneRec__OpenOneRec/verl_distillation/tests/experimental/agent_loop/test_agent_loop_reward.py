stub: upstream file of 3396 bytes
