stub: upstream file of 17055 bytes
