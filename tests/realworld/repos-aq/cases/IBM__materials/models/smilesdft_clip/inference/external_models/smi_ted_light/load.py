stub: upstream file of 26018 bytes
