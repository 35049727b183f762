stub: upstream file of 10396 bytes
