stub: upstream file of 35841 bytes
