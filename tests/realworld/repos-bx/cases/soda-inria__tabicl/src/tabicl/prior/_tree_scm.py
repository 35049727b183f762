stub: upstream file of 14850 bytes
