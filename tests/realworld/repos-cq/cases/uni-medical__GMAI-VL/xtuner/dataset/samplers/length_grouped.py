stub: upstream file of 6150 bytes
