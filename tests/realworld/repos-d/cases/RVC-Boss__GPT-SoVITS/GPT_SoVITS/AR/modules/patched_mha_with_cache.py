stub: upstream file of 19167 bytes
