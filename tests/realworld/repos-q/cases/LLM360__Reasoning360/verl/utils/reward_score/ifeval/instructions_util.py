stub: upstream file of 26830 bytes
