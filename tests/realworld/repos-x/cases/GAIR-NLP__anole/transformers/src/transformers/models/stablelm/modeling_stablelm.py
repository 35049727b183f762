stub: upstream file of 74827 bytes
