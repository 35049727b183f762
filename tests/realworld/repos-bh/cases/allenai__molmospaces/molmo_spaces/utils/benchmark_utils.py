stub: upstream file of 40907 bytes
