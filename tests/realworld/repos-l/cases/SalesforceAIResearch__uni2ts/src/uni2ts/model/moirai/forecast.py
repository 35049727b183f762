stub: upstream file of 36974 bytes
