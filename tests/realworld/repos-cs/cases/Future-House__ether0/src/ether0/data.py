stub: upstream file of 8041 bytes
