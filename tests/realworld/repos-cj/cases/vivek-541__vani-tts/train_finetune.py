stub: upstream file of 35041 bytes
