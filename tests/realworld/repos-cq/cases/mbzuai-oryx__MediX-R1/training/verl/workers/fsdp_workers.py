stub: upstream file of 30045 bytes
