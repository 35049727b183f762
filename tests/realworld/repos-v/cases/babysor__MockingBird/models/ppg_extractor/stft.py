stub: upstream file of 3939 bytes
