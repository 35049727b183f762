stub: upstream file of 3789 bytes
