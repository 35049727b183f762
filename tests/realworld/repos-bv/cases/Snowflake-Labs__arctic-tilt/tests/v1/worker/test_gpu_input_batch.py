stub: upstream file of 13913 bytes
