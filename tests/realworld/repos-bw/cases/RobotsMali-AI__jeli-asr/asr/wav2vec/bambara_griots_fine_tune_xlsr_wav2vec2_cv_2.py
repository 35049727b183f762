stub: upstream file of 34731 bytes
