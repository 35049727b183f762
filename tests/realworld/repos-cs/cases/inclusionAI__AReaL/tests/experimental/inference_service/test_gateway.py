stub: upstream file of 21810 bytes
