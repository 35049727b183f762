stub: upstream file of 22798 bytes
