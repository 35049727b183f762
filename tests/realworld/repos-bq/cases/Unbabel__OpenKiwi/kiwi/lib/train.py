stub: upstream file of 16720 bytes
