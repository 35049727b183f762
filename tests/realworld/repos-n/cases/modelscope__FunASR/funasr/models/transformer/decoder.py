stub: upstream file of 29462 bytes
