stub: upstream file of 14517 bytes
