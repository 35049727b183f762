stub: upstream file of 10656 bytes
