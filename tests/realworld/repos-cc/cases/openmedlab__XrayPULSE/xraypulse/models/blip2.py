stub: upstream file of 7724 bytes
