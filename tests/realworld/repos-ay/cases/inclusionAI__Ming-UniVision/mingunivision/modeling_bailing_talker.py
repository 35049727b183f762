stub: upstream file of 46146 bytes
