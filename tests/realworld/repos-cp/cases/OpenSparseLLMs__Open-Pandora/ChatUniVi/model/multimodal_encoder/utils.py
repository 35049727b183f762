stub: upstream file of 3619 bytes
