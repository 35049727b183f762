stub: upstream file of 25073 bytes
