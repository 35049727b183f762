stub: upstream file of 21052 bytes
