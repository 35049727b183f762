stub: upstream file of 7041 bytes
