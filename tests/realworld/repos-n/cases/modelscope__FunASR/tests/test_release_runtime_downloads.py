stub: upstream file of 15778 bytes
