stub: upstream file of 10175 bytes
