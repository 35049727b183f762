stub: upstream file of 14968 bytes
