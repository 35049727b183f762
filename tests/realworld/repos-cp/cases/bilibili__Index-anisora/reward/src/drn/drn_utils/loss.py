stub: upstream file of 8609 bytes
