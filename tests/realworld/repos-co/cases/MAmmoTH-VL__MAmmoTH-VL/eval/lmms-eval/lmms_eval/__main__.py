stub: upstream file of 21804 bytes
