stub: upstream file of 13548 bytes
