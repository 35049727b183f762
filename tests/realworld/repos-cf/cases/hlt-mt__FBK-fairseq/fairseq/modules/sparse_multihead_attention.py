stub: upstream file of 4931 bytes
