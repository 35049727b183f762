stub: upstream file of 26913 bytes
