stub: upstream file of 771 bytes
