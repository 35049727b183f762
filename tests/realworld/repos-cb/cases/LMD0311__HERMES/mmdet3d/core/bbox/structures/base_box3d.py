stub: upstream file of 17158 bytes
