stub: upstream file of 40519 bytes
