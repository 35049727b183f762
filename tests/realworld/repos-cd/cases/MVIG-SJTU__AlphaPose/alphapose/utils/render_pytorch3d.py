stub: upstream file of 5708 bytes
