stub: upstream file of 10934 bytes
