stub: upstream file of 16396 bytes
