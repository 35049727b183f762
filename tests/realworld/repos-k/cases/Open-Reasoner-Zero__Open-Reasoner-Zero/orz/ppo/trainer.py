stub: upstream file of 57078 bytes
