stub: upstream file of 10491 bytes
