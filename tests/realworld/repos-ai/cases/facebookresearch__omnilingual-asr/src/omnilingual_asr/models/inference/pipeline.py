stub: upstream file of 27907 bytes
