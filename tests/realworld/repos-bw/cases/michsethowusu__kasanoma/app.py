stub: upstream file of 21617 bytes
