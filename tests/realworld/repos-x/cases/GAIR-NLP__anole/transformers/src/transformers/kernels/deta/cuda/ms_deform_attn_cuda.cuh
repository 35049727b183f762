stub: upstream file of 61433 bytes
