stub: upstream file of 1226 bytes
