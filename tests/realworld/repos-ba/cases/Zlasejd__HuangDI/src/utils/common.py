stub: upstream file of 24580 bytes
