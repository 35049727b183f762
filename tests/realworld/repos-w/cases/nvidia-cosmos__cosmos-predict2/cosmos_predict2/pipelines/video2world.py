stub: upstream file of 48158 bytes
