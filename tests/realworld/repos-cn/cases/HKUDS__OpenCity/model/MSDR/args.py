stub: upstream file of 5617 bytes
