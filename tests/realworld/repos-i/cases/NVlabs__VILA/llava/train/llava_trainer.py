stub: upstream file of 44818 bytes
