stub: upstream file of 9617 bytes
