stub: upstream file of 10257 bytes
