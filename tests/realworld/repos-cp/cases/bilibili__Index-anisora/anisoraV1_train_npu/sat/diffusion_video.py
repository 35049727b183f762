stub: upstream file of 21041 bytes
