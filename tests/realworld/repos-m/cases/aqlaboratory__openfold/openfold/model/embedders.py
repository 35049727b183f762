stub: upstream file of 29057 bytes
