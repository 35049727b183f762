stub: upstream file of 10707 bytes
