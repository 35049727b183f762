stub: upstream file of 19757 bytes
