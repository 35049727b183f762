stub: upstream file of 21163 bytes
