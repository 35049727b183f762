stub: upstream file of 14387 bytes
