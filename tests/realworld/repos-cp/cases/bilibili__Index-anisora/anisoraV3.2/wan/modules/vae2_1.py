stub: upstream file of 23171 bytes
