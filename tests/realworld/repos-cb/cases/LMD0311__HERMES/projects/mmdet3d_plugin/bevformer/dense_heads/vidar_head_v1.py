stub: upstream file of 11105 bytes
