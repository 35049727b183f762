stub: upstream file of 42894 bytes
