stub: upstream file of 152301 bytes
