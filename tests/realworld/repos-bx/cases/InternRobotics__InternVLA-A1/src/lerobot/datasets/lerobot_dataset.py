stub: upstream file of 76865 bytes
