stub: upstream file of 10163 bytes
