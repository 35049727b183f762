stub: upstream file of 54520 bytes
