stub: upstream file of 24456 bytes
