stub: upstream file of 4504 bytes
