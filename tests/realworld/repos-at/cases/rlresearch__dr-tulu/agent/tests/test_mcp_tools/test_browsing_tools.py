stub: upstream file of 27412 bytes
