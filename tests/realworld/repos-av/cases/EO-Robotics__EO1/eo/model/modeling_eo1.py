stub: upstream file of 20694 bytes
