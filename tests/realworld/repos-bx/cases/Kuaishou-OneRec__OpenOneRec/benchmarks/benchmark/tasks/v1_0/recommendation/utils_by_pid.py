stub: upstream file of 15068 bytes
