stub: upstream file of 10780 bytes
