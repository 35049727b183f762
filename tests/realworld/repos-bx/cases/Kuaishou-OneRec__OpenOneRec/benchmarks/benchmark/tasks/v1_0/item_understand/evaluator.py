stub: upstream file of 8312 bytes
