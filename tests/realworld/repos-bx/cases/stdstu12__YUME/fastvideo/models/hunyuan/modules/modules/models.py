stub: upstream file of 29763 bytes
