stub: upstream file of 15777 bytes
