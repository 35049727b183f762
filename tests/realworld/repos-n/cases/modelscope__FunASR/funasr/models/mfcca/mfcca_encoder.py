stub: upstream file of 18584 bytes
