stub: upstream file of 2619 bytes
