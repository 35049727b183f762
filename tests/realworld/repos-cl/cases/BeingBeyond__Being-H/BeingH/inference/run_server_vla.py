stub: upstream file of 5011 bytes
