stub: upstream file of 10996 bytes
