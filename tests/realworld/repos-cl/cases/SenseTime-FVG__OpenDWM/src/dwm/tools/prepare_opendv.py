stub: upstream file of 1924 bytes
