stub: upstream file of 11242 bytes
