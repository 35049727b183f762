stub: upstream file of 1818600 bytes
