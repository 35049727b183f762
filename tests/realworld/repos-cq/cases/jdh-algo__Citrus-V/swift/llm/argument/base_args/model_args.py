stub: upstream file of 8079 bytes
