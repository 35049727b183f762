stub: upstream file of 15041 bytes
