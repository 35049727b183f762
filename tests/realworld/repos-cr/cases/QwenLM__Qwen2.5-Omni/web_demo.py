stub: upstream file of 18055 bytes
