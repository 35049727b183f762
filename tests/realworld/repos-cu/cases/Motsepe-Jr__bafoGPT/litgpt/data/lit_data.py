stub: upstream file of 2888 bytes
