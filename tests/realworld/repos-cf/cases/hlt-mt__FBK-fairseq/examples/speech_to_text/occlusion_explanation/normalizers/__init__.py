stub: upstream file of 2183 bytes
