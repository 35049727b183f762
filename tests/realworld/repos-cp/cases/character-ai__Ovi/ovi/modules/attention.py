stub: upstream file of 10198 bytes
