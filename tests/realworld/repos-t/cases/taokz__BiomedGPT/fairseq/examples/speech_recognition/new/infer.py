stub: upstream file of 16498 bytes
