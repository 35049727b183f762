stub: upstream file of 50619 bytes
