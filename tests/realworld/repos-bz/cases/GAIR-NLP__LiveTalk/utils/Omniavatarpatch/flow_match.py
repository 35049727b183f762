stub: upstream file of 3520 bytes
