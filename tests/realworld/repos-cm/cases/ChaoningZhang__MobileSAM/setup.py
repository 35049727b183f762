stub: upstream file of 535 bytes
