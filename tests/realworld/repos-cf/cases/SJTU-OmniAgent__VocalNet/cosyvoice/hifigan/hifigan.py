stub: upstream file of 3231 bytes
