stub: upstream file of 35116 bytes
