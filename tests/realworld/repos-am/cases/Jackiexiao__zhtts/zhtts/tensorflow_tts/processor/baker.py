stub: upstream file of 19380 bytes
