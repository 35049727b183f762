stub: upstream file of 20971 bytes
