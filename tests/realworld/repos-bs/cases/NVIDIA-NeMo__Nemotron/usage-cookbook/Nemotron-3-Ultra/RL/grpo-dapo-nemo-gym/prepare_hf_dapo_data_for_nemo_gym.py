stub: upstream file of 13617 bytes
