stub: upstream file of 27641 bytes
