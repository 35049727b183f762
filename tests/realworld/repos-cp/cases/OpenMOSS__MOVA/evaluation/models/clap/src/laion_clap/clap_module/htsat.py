stub: upstream file of 45125 bytes
