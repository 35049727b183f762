stub: upstream file of 9250 bytes
