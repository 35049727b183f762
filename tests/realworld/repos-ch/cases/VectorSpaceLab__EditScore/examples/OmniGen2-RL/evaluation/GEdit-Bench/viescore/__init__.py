stub: upstream file of 6109 bytes
