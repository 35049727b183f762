stub: upstream file of 3263 bytes
