stub: upstream file of 44148 bytes
