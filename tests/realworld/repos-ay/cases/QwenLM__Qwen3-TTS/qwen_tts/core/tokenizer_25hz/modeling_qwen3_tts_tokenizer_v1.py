stub: upstream file of 56527 bytes
