stub: upstream file of 31307 bytes
