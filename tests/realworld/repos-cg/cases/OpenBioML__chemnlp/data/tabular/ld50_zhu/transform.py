stub: upstream file of 4609 bytes
