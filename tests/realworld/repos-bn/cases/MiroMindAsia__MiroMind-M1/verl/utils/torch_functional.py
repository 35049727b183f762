stub: upstream file of 19945 bytes
