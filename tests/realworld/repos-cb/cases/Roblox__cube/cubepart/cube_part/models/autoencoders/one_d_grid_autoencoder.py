stub: upstream file of 11351 bytes
