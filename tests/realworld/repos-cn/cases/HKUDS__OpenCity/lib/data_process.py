stub: upstream file of 19979 bytes
