stub: upstream file of 3907 bytes
