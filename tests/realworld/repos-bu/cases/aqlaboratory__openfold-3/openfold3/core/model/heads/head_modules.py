stub: upstream file of 9134 bytes
