stub: upstream file of 540 bytes
