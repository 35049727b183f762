stub: upstream file of 14122 bytes
