stub: upstream file of 8183 bytes
