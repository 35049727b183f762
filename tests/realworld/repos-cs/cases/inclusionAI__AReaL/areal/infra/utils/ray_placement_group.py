stub: upstream file of 7699 bytes
