stub: upstream file of 18554 bytes
