stub: upstream file of 21658 bytes
