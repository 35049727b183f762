stub: upstream file of 12009 bytes
