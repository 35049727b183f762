stub: upstream file of 28055 bytes
