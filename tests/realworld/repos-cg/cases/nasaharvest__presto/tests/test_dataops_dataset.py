stub: upstream file of 9163 bytes
