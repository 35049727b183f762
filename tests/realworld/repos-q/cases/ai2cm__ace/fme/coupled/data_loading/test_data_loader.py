stub: upstream file of 27731 bytes
