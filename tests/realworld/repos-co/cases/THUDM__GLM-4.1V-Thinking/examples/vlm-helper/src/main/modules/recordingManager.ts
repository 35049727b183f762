stub: upstream file of 25816 bytes
