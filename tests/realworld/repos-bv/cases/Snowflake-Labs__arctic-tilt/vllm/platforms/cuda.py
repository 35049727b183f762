stub: upstream file of 18288 bytes
