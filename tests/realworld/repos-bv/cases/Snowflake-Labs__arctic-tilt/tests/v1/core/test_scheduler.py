stub: upstream file of 28339 bytes
