stub: upstream file of 5619 bytes
