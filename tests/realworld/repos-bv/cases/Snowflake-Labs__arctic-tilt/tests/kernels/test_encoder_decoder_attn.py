stub: upstream file of 43639 bytes
