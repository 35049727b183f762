stub: upstream file of 3772 bytes
