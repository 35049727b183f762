stub: upstream file of 36103 bytes
