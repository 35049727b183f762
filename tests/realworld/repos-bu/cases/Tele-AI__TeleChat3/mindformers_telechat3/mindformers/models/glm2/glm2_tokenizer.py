stub: upstream file of 11931 bytes
