stub: upstream file of 22183 bytes
