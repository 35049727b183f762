stub: upstream file of 14601 bytes
