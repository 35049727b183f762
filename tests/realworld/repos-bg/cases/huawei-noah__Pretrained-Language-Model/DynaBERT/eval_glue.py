stub: upstream file of 16028 bytes
