stub: upstream file of 11959 bytes
