stub: upstream file of 10619 bytes
