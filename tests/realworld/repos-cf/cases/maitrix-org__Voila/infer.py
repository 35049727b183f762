stub: upstream file of 7782 bytes
