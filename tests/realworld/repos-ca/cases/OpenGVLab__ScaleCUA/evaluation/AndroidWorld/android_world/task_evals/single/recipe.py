stub: upstream file of 30939 bytes
