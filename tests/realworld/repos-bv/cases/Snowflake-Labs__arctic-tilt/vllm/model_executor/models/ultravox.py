stub: upstream file of 27699 bytes
