stub: upstream file of 1818 bytes
