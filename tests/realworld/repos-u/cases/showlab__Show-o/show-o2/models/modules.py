stub: upstream file of 39685 bytes
