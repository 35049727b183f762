stub: upstream file of 458 bytes
