stub: upstream file of 18300 bytes
