stub: upstream file of 4975 bytes
