stub: upstream file of 17548 bytes
