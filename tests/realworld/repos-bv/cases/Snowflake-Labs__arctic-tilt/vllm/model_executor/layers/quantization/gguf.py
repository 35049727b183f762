stub: upstream file of 15605 bytes
