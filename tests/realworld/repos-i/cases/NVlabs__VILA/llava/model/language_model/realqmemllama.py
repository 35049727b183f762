stub: upstream file of 28619 bytes
