stub: upstream file of 37697 bytes
