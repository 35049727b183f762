stub: upstream file of 4956 bytes
