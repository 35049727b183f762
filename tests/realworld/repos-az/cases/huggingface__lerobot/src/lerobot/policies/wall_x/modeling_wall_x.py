stub: upstream file of 94619 bytes
