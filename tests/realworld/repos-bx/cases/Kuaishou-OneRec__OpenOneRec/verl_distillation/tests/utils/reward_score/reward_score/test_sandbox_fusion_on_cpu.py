stub: upstream file of 30500 bytes
