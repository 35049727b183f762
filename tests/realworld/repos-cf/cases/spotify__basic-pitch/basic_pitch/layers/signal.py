stub: upstream file of 7258 bytes
