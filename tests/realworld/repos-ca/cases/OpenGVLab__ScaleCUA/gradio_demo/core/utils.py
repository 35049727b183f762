stub: upstream file of 8206 bytes
