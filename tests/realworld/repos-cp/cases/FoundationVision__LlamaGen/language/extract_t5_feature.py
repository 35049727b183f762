stub: upstream file of 5041 bytes
