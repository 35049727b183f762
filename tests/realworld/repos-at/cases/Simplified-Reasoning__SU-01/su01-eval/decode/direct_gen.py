stub: upstream file of 30041 bytes
