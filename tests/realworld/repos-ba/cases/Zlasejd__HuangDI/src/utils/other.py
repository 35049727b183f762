stub: upstream file of 6919 bytes
