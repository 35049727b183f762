stub: upstream file of 75500 bytes
