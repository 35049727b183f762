stub: upstream file of 15548 bytes
