stub: upstream file of 24061 bytes
