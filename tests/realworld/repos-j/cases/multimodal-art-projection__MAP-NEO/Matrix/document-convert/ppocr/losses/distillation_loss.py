stub: upstream file of 41523 bytes
