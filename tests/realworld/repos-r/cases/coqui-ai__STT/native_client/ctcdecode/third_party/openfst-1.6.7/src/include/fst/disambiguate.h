stub: upstream file of 20433 bytes
