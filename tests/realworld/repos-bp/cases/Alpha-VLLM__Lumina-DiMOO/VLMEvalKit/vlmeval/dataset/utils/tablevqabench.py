stub: upstream file of 15313 bytes
