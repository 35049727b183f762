stub: upstream file of 1590486 bytes
