stub: upstream file of 21541 bytes
