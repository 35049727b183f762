stub: upstream file of 3159 bytes
