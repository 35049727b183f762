stub: upstream file of 29478 bytes
