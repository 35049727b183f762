stub: upstream file of 19228 bytes
