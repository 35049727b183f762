stub: upstream file of 17662 bytes
