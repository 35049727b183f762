stub: upstream file of 45935 bytes
