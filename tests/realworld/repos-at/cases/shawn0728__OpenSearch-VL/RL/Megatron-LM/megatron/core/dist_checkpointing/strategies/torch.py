stub: upstream file of 45497 bytes
