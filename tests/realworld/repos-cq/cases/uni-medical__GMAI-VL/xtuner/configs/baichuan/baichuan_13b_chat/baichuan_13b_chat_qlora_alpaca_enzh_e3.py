stub: upstream file of 7731 bytes
