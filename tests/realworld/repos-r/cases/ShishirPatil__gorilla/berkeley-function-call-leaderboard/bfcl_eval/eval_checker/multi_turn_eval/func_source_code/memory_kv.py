stub: upstream file of 12803 bytes
