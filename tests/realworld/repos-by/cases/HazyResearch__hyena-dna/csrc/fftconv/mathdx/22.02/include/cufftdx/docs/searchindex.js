stub: upstream file of 10724 bytes
