stub: upstream file of 7201 bytes
