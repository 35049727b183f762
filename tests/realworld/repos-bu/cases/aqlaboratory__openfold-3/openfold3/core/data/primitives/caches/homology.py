stub: upstream file of 17333 bytes
