stub: upstream file of 3580 bytes
