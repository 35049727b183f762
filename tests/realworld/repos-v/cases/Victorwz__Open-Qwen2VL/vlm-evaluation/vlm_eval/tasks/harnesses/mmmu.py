stub: upstream file of 28907 bytes
