stub: upstream file of 18804 bytes
