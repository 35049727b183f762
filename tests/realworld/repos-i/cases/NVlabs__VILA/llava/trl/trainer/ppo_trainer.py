stub: upstream file of 62759 bytes
