stub: upstream file of 13347 bytes
