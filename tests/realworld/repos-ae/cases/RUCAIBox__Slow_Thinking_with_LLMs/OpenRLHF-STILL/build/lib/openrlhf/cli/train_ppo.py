stub: upstream file of 17835 bytes
