stub: upstream file of 4971 bytes
