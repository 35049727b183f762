stub: upstream file of 19095 bytes
