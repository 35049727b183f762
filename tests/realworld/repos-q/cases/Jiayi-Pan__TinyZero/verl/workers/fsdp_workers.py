stub: upstream file of 52661 bytes
