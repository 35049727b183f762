stub: upstream file of 3048 bytes
