stub: upstream file of 11581 bytes
