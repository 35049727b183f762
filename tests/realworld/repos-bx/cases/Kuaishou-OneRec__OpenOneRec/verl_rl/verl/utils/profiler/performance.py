stub: upstream file of 7841 bytes
