stub: upstream file of 82720 bytes
