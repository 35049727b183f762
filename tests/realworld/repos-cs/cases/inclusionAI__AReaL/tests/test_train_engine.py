stub: upstream file of 13705 bytes
