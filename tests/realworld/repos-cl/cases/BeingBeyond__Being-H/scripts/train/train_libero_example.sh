stub: upstream file of 5109 bytes
