stub: upstream file of 46726 bytes
