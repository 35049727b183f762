stub: upstream file of 14041 bytes
