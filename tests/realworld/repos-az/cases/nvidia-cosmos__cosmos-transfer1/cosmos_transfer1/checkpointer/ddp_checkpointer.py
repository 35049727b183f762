stub: upstream file of 20609 bytes
