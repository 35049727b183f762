stub: upstream file of 23777 bytes
