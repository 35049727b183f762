stub: upstream file of 4289 bytes
