stub: upstream file of 11655 bytes
