stub: upstream file of 2981 bytes
