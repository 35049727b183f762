stub: upstream file of 17731 bytes
