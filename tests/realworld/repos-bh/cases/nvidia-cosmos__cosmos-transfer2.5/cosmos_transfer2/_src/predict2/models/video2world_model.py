stub: upstream file of 17839 bytes
