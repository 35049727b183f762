stub: upstream file of 71223 bytes
