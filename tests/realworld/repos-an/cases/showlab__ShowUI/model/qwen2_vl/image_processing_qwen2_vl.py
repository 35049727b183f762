stub: upstream file of 22351 bytes
