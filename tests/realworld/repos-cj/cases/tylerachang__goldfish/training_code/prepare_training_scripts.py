stub: upstream file of 7562 bytes
