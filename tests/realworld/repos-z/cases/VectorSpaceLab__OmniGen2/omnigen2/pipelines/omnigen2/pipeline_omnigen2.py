stub: upstream file of 31893 bytes
