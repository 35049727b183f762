stub: upstream file of 15723 bytes
