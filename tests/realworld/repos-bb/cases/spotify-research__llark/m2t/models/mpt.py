stub: upstream file of 19072 bytes
