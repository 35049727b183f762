stub: upstream file of 10802 bytes
