stub: upstream file of 46533 bytes
