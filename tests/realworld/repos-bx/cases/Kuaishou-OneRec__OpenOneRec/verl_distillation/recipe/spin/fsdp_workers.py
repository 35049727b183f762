stub: upstream file of 27498 bytes
