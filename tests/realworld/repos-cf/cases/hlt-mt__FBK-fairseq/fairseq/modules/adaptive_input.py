stub: upstream file of 2566 bytes
