stub: upstream file of 40765 bytes
