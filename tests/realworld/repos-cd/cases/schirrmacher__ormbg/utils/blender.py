stub: upstream file of 10708 bytes
