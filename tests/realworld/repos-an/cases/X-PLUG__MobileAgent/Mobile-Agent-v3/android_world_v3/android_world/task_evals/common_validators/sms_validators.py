stub: upstream file of 10181 bytes
