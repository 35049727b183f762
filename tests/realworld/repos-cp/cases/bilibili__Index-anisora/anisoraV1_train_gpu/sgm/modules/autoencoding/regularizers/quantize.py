stub: upstream file of 17424 bytes
