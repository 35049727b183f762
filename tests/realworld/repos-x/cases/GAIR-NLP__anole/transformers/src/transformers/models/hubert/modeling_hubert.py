stub: upstream file of 79146 bytes
