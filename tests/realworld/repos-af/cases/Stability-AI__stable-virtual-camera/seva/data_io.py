stub: upstream file of 21670 bytes
