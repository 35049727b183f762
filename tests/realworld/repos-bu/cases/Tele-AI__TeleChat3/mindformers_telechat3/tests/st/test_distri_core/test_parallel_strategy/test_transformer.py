stub: upstream file of 6782 bytes
