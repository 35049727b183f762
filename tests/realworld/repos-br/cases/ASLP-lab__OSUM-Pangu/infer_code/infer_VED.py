stub: upstream file of 12650 bytes
