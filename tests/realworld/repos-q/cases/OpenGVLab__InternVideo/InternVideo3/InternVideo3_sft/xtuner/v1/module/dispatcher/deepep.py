stub: upstream file of 16558 bytes
