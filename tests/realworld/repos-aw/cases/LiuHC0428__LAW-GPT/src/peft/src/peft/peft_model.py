stub: upstream file of 44803 bytes
