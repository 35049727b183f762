stub: upstream file of 1900 bytes
