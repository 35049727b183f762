stub: upstream file of 6554 bytes
