stub: upstream file of 24286 bytes
