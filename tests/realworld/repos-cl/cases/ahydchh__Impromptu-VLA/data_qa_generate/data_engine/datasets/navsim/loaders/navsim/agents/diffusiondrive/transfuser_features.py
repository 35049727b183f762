stub: upstream file of 16007 bytes
