stub: upstream file of 11865 bytes
