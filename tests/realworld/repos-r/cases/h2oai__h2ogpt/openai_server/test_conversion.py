stub: upstream file of 36514 bytes
