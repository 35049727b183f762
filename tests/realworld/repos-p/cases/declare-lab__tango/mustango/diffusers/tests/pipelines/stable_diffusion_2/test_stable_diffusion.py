stub: upstream file of 22721 bytes
