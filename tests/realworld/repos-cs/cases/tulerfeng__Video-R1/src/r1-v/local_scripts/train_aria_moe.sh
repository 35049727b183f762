stub: upstream file of 2041 bytes
