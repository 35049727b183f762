stub: upstream file of 987 bytes
