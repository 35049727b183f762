stub: upstream file of 31419 bytes
