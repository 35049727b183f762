stub: upstream file of 14456 bytes
