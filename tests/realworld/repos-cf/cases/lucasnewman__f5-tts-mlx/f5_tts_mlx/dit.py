stub: upstream file of 12419 bytes
