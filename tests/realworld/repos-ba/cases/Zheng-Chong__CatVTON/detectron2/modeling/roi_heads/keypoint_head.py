stub: upstream file of 11156 bytes
