stub: upstream file of 12705 bytes
