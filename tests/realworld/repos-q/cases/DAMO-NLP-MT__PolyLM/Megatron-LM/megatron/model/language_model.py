stub: upstream file of 27223 bytes
