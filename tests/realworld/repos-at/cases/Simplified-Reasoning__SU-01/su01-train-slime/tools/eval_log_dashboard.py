stub: upstream file of 54540 bytes
