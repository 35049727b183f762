stub: upstream file of 4619 bytes
