stub: upstream file of 9041 bytes
