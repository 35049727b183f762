stub: upstream file of 26294 bytes
