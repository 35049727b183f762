stub: upstream file of 37650 bytes
