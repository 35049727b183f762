stub: upstream file of 52751 bytes
