stub: upstream file of 13971 bytes
