stub: upstream file of 410 bytes
