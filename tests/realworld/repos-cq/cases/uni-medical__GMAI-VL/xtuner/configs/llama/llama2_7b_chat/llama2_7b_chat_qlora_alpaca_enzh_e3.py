stub: upstream file of 7957 bytes
