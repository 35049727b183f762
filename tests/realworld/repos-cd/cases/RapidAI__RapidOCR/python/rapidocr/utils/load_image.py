stub: upstream file of 5334 bytes
