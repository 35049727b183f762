stub: upstream file of 8077 bytes
