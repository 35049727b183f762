stub: upstream file of 20674 bytes
