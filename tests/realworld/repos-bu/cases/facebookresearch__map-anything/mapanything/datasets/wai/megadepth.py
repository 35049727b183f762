stub: upstream file of 11521 bytes
