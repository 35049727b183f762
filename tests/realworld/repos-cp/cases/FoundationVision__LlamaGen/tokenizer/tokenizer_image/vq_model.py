stub: upstream file of 15975 bytes
