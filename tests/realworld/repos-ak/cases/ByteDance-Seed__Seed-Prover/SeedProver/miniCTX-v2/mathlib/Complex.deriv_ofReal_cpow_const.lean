stub: upstream file of 15183 bytes
