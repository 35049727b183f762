stub: upstream file of 21913 bytes
