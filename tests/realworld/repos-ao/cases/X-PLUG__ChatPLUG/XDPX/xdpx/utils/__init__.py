stub: upstream file of 41705 bytes
