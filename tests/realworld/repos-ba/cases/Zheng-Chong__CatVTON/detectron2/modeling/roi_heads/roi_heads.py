stub: upstream file of 37699 bytes
