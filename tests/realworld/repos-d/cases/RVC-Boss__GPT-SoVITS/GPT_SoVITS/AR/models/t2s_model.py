stub: upstream file of 35138 bytes
