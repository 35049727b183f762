stub: upstream file of 13566 bytes
