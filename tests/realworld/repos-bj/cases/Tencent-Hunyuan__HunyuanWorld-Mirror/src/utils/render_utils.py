stub: upstream file of 17041 bytes
