stub: upstream file of 3005 bytes
