stub: upstream file of 13540 bytes
