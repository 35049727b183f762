stub: upstream file of 31928 bytes
