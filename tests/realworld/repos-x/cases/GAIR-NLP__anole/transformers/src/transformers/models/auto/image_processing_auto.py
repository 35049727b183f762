stub: upstream file of 27895 bytes
