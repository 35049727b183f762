stub: upstream file of 223757 bytes
