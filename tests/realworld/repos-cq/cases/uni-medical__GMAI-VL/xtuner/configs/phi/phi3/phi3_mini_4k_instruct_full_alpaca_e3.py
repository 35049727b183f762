stub: upstream file of 6698 bytes
