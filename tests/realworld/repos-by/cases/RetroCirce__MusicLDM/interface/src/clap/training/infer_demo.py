stub: upstream file of 3265 bytes
