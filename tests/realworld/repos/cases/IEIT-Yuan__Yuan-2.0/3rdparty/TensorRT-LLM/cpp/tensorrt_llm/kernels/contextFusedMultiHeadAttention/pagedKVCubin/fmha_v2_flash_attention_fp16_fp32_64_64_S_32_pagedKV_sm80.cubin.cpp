stub: upstream file of 374984 bytes
