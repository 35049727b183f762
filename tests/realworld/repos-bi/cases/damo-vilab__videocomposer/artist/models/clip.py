stub: upstream file of 13545 bytes
