stub: upstream file of 29800 bytes
