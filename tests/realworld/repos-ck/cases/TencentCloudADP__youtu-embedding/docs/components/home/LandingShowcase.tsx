stub: upstream file of 16005 bytes
