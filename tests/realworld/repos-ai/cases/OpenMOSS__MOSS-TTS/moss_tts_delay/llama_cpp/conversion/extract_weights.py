stub: upstream file of 12011 bytes
