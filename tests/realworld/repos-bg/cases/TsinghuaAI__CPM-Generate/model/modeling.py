stub: upstream file of 66897 bytes
