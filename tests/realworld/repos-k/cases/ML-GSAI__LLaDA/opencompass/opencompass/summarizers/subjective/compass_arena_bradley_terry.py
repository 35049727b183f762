stub: upstream file of 41055 bytes
