stub: upstream file of 12961 bytes
