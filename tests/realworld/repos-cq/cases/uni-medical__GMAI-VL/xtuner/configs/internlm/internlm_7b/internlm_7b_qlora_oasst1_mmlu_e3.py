stub: upstream file of 8650 bytes
