stub: upstream file of 14662 bytes
