stub: upstream file of 24817 bytes
