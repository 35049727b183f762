stub: upstream file of 5444 bytes
