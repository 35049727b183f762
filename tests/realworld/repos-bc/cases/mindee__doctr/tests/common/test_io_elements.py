stub: upstream file of 24612 bytes
