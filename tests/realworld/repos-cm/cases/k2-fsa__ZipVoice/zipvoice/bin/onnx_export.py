stub: upstream file of 13591 bytes
