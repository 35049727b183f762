stub: upstream file of 35781 bytes
