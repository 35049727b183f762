stub: upstream file of 65377 bytes
