stub: upstream file of 13838 bytes
