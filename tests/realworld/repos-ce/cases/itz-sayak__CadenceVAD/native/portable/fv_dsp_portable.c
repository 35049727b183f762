stub: upstream file of 9089 bytes
