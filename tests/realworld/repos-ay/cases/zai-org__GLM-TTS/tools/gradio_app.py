stub: upstream file of 8165 bytes
