stub: upstream file of 11055 bytes
