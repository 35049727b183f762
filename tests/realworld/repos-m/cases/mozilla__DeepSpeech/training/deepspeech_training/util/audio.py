stub: upstream file of 23731 bytes
