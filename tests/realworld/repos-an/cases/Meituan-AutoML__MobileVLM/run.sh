stub: upstream file of 6458 bytes
