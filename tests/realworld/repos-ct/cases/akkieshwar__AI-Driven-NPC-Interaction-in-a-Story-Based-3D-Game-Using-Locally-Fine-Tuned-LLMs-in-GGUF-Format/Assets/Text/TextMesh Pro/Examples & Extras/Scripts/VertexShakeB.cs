stub: upstream file of 8724 bytes
