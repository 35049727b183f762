stub: upstream file of 15439 bytes
