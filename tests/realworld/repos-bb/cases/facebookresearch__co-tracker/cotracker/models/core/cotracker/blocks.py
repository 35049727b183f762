stub: upstream file of 13946 bytes
