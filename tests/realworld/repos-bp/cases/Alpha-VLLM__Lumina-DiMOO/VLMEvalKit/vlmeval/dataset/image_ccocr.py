stub: upstream file of 20714 bytes
