stub: upstream file of 7387 bytes
