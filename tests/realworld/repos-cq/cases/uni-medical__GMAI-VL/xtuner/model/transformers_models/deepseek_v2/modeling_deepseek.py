stub: upstream file of 86017 bytes
