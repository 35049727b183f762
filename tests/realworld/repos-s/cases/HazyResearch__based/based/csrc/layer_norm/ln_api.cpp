stub: upstream file of 36420 bytes
