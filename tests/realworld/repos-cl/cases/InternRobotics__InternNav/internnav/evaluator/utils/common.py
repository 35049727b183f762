stub: upstream file of 21169 bytes
