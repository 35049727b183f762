stub: upstream file of 57619 bytes
