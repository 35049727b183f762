stub: upstream file of 20511 bytes
