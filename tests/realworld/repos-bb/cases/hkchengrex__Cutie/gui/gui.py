stub: upstream file of 20716 bytes
