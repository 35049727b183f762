stub: upstream file of 29660 bytes
