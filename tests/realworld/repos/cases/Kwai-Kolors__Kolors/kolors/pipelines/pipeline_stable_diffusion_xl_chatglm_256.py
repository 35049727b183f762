stub: upstream file of 42541 bytes
