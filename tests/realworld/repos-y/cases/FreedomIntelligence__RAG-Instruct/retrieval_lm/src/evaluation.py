stub: upstream file of 6563 bytes
