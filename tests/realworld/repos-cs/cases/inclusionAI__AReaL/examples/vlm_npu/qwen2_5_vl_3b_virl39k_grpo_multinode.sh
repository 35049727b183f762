stub: upstream file of 848 bytes
