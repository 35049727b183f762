stub: upstream file of 22740 bytes
