stub: upstream file of 10055 bytes
