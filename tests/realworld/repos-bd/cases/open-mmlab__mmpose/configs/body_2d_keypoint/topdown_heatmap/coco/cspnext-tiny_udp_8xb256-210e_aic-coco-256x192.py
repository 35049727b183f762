stub: upstream file of 7632 bytes
