stub: upstream file of 61387 bytes
