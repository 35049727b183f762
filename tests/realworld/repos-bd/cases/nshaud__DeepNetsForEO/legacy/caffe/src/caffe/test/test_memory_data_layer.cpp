stub: upstream file of 11430 bytes
