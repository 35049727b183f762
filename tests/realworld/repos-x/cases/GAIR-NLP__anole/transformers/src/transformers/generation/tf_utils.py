stub: upstream file of 175608 bytes
