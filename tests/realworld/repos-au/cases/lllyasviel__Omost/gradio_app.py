stub: upstream file of 14791 bytes
