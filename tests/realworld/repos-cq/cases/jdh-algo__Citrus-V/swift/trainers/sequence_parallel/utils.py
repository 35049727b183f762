stub: upstream file of 23802 bytes
