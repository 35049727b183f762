stub: upstream file of 5055 bytes
