stub: upstream file of 13513 bytes
