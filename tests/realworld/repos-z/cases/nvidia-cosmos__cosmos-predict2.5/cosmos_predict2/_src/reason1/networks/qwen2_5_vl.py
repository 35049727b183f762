stub: upstream file of 105152 bytes
