stub: upstream file of 19624 bytes
