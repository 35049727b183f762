stub: upstream file of 2633 bytes
