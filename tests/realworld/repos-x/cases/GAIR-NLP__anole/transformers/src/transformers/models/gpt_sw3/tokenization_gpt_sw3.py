stub: upstream file of 13094 bytes
