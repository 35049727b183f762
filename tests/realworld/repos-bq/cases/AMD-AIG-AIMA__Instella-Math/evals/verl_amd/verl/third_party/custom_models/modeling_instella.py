stub: upstream file of 60548 bytes
