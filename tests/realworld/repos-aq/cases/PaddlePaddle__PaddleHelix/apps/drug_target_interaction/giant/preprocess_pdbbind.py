stub: upstream file of 13861 bytes
