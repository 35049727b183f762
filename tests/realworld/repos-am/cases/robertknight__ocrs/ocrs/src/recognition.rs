stub: upstream file of 22780 bytes
