stub: upstream file of 24501 bytes
