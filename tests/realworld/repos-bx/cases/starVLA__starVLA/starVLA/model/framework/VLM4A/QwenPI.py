stub: upstream file of 17596 bytes
