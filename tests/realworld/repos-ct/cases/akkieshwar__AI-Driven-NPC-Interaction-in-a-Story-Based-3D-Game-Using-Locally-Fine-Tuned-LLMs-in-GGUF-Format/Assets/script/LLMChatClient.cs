stub: upstream file of 3175 bytes
