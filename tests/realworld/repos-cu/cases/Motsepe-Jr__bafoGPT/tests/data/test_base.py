stub: upstream file of 2682 bytes
