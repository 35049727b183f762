stub: upstream file of 7548 bytes
