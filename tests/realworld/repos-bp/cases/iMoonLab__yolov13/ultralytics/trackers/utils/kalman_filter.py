stub: upstream file of 21377 bytes
