stub: upstream file of 30125 bytes
