stub: upstream file of 79482 bytes
