stub: upstream file of 18337 bytes
