stub: upstream file of 44762 bytes
