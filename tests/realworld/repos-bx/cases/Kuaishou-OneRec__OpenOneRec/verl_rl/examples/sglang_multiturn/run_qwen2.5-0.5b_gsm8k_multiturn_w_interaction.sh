stub: upstream file of 2671 bytes
