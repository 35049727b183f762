stub: upstream file of 2749 bytes
