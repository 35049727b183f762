stub: upstream file of 5841 bytes
