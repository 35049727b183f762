stub: upstream file of 20473 bytes
