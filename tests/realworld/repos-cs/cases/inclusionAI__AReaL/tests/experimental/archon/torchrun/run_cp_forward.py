stub: upstream file of 10231 bytes
