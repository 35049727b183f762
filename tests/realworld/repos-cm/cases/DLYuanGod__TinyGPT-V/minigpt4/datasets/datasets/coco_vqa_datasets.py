stub: upstream file of 4626 bytes
