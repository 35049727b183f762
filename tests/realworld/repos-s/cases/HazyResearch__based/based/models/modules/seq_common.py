stub: upstream file of 14136 bytes
