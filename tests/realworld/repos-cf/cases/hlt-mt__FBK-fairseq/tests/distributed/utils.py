stub: upstream file of 1696 bytes
