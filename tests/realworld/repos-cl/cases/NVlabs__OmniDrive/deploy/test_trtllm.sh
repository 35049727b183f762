stub: upstream file of 716 bytes
