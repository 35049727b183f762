stub: upstream file of 25105 bytes
