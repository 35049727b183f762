stub: upstream file of 14470 bytes
