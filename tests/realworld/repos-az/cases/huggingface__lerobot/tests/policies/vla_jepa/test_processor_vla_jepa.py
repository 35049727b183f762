stub: upstream file of 12778 bytes
