stub: upstream file of 938 bytes
