stub: upstream file of 9083 bytes
