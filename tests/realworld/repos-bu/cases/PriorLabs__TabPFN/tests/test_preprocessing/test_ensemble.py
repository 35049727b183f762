stub: upstream file of 54705 bytes
