stub: upstream file of 27052 bytes
