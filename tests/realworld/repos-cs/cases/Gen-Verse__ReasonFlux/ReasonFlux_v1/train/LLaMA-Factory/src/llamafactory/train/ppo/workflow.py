stub: upstream file of 3395 bytes
