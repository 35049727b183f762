stub: upstream file of 9703 bytes
