stub: upstream file of 10563 bytes
