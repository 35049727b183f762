stub: upstream file of 7617 bytes
