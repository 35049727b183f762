stub: upstream file of 33594 bytes
