stub: upstream file of 19865 bytes
