stub: upstream file of 8214 bytes
