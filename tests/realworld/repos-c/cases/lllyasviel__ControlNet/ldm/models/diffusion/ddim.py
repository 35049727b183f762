stub: upstream file of 17304 bytes
