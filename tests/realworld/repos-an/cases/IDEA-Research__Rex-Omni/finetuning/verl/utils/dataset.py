stub: upstream file of 33523 bytes
