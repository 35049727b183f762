stub: upstream file of 13994 bytes
