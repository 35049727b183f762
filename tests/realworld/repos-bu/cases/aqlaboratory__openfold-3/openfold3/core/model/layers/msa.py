stub: upstream file of 19210 bytes
