stub: upstream file of 12747 bytes
