stub: upstream file of 3153 bytes
