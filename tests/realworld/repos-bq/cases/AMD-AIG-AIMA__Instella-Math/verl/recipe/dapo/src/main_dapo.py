stub: upstream file of 7818 bytes
