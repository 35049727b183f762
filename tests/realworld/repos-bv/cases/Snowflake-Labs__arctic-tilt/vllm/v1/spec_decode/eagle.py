stub: upstream file of 9904 bytes
