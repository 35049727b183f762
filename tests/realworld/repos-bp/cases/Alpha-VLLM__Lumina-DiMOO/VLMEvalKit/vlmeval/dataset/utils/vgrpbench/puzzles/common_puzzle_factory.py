stub: upstream file of 5870 bytes
