stub: upstream file of 15430 bytes
