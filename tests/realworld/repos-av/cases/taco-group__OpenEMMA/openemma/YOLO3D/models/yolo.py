stub: upstream file of 15021 bytes
