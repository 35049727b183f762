stub: upstream file of 38617 bytes
