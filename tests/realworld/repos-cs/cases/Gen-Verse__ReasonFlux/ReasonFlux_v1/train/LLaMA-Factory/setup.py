stub: upstream file of 4055 bytes
