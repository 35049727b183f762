stub: upstream file of 18541 bytes
