stub: upstream file of 16655 bytes
