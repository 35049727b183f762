stub: upstream file of 9825 bytes
