stub: upstream file of 20700 bytes
