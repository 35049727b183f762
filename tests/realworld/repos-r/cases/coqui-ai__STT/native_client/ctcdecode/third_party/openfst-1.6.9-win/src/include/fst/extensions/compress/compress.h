stub: upstream file of 29779 bytes
