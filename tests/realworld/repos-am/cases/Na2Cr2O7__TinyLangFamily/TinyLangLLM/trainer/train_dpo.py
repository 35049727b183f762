stub: upstream file of 10041 bytes
