stub: upstream file of 1683 bytes
