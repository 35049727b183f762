stub: upstream file of 10628 bytes
