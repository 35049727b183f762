stub: upstream file of 17770 bytes
