stub: upstream file of 10810 bytes
