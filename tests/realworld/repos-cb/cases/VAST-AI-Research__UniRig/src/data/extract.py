stub: upstream file of 20260 bytes
