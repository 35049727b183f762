stub: upstream file of 20994 bytes
