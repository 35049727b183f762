stub: upstream file of 10997 bytes
