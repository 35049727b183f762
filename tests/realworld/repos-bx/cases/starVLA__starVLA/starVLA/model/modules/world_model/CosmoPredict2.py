stub: upstream file of 15950 bytes
