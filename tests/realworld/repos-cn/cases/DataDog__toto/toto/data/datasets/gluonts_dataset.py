stub: upstream file of 15865 bytes
