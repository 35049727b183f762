stub: upstream file of 18252 bytes
