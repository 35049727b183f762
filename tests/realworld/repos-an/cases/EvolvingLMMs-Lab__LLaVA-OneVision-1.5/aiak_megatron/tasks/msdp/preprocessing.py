stub: upstream file of 23409 bytes
