stub: upstream file of 41865 bytes
