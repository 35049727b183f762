stub: upstream file of 17392 bytes
