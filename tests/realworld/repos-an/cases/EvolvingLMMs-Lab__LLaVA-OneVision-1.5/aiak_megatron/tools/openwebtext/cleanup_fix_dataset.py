stub: upstream file of 6663 bytes
