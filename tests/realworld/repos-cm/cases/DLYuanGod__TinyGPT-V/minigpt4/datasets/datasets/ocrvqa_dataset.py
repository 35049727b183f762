stub: upstream file of 2997 bytes
