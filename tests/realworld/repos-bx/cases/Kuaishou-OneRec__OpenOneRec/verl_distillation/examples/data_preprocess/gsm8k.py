stub: upstream file of 3641 bytes
