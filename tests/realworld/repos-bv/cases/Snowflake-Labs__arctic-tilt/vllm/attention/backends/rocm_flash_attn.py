stub: upstream file of 39308 bytes
