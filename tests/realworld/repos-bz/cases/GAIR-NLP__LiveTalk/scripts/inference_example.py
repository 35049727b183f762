stub: upstream file of 25041 bytes
