stub: upstream file of 47065 bytes
