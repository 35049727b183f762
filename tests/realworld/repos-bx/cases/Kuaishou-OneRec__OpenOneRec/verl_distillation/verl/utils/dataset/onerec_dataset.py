stub: upstream file of 18695 bytes
