stub: upstream file of 45619 bytes
