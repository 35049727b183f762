stub: upstream file of 24105 bytes
