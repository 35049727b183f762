stub: upstream file of 2164 bytes
