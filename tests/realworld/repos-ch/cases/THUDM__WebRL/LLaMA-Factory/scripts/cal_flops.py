stub: upstream file of 1907 bytes
