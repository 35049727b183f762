stub: upstream file of 15716 bytes
