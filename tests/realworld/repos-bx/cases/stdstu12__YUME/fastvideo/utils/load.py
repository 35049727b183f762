stub: upstream file of 22220 bytes
