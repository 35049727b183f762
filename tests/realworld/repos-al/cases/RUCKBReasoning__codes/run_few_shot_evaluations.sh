stub: upstream file of 13183 bytes
