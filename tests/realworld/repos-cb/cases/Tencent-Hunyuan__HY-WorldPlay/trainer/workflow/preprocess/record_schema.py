stub: upstream file of 4251 bytes
