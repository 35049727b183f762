stub: upstream file of 58858 bytes
