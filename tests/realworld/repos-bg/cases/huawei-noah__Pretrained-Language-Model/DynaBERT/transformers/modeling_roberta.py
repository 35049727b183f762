stub: upstream file of 25678 bytes
