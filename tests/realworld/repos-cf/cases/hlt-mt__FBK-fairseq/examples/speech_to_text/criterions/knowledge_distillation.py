stub: upstream file of 5728 bytes
