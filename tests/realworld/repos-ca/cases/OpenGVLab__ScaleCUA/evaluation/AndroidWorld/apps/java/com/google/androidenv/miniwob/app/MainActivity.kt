stub: upstream file of 9684 bytes
