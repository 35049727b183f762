stub: upstream file of 42382 bytes
