stub: upstream file of 7738 bytes
