stub: upstream file of 72977 bytes
