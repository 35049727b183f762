stub: upstream file of 18174 bytes
