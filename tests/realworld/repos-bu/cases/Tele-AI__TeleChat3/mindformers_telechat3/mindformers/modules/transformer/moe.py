stub: upstream file of 114823 bytes
