stub: upstream file of 35157 bytes
