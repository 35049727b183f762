stub: upstream file of 1153 bytes
