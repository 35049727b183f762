stub: upstream file of 29782 bytes
