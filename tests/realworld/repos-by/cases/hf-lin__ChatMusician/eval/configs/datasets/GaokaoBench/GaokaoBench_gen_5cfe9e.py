stub: upstream file of 21258 bytes
