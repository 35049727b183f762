stub: upstream file of 3609 bytes
