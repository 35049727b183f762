stub: upstream file of 58200 bytes
