stub: upstream file of 19913 bytes
