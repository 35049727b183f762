stub: upstream file of 50421 bytes
