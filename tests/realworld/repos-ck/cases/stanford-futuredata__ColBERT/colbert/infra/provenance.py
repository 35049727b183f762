stub: upstream file of 932 bytes
