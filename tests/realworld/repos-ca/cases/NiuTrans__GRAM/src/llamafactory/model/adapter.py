stub: upstream file of 13041 bytes
