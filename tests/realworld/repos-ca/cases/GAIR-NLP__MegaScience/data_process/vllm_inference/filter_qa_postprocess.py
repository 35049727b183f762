stub: upstream file of 3458 bytes
