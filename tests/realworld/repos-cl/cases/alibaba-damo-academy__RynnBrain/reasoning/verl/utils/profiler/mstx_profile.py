stub: upstream file of 10061 bytes
