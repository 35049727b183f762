stub: upstream file of 59478 bytes
