stub: upstream file of 36109 bytes
