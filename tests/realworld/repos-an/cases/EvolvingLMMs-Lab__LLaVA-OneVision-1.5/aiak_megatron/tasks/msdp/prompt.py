stub: upstream file of 11196 bytes
