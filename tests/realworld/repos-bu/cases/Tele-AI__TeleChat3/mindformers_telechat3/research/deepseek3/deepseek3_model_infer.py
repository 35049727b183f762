stub: upstream file of 82971 bytes
