stub: upstream file of 22956 bytes
