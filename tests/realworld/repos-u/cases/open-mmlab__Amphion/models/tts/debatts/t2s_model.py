stub: upstream file of 19875 bytes
