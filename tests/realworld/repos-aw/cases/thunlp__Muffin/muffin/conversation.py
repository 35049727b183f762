stub: upstream file of 13009 bytes
