stub: upstream file of 18633 bytes
