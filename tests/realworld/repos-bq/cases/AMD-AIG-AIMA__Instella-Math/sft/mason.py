stub: upstream file of 16784 bytes
