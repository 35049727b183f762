stub: upstream file of 13604 bytes
