stub: upstream file of 12041 bytes
