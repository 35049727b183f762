stub: upstream file of 47879 bytes
