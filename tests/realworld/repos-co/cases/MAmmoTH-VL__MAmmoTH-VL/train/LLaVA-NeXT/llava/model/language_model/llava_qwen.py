stub: upstream file of 6055 bytes
