stub: upstream file of 16041 bytes
