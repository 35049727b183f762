stub: upstream file of 11841 bytes
