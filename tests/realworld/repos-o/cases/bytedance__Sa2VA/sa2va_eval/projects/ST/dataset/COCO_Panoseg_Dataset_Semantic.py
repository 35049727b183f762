stub: upstream file of 26134 bytes
