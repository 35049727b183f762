stub: upstream file of 2674 bytes
