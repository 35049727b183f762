stub: upstream file of 19041 bytes
