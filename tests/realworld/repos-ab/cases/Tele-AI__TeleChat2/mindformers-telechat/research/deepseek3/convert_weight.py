stub: upstream file of 27169 bytes
