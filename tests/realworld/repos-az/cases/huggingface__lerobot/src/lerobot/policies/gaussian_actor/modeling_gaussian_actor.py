stub: upstream file of 24865 bytes
