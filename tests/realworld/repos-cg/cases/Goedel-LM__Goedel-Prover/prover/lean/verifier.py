stub: upstream file of 6619 bytes
