stub: upstream file of 7448 bytes
