stub: upstream file of 37841 bytes
