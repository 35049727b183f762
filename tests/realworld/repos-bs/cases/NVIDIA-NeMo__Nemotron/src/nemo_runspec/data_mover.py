stub: upstream file of 12686 bytes
