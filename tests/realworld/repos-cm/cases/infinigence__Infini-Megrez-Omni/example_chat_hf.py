stub: upstream file of 1032 bytes
