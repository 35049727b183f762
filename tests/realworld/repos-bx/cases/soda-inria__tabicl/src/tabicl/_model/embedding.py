stub: upstream file of 35782 bytes
