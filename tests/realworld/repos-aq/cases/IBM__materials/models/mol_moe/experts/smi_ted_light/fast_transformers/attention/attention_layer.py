stub: upstream file of 4617 bytes
