stub: upstream file of 15600 bytes
