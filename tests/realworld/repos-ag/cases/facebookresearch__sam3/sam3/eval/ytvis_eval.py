stub: upstream file of 17016 bytes
