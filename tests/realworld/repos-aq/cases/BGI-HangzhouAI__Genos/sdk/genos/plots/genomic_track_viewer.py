stub: upstream file of 13075 bytes
