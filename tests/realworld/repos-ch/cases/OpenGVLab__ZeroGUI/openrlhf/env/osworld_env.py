stub: upstream file of 7705 bytes
