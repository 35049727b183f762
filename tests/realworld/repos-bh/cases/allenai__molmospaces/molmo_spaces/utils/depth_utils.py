stub: upstream file of 26978 bytes
