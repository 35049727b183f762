stub: upstream file of 2622 bytes
