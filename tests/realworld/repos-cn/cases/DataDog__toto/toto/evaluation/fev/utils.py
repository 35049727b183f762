stub: upstream file of 11624 bytes
