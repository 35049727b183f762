stub: upstream file of 11685 bytes
