stub: upstream file of 12459 bytes
