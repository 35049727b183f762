stub: upstream file of 36721 bytes
