stub: upstream file of 1622 bytes
