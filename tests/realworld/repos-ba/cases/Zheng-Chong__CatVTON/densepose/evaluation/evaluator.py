stub: upstream file of 16504 bytes
