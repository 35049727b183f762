stub: upstream file of 72055 bytes
