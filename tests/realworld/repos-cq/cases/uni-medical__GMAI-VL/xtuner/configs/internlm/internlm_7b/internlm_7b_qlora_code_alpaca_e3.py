stub: upstream file of 7391 bytes
