stub: upstream file of 1478 bytes
