stub: upstream file of 4895 bytes
