stub: upstream file of 19965 bytes
