stub: upstream file of 1635110 bytes
