stub: upstream file of 96120 bytes
