stub: upstream file of 9540 bytes
