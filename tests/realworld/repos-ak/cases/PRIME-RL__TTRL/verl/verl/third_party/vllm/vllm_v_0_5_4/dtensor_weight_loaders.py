stub: upstream file of 15526 bytes
