stub: upstream file of 23619 bytes
