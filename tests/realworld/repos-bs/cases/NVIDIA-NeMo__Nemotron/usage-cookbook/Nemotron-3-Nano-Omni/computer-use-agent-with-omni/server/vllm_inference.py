stub: upstream file of 9611 bytes
