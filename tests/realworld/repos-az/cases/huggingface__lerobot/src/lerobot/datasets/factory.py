stub: upstream file of 11041 bytes
