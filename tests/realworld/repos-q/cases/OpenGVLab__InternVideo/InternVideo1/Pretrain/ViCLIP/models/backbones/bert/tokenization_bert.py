stub: upstream file of 24887 bytes
