stub: upstream file of 10931 bytes
