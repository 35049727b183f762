stub: upstream file of 16988 bytes
