stub: upstream file of 22228 bytes
