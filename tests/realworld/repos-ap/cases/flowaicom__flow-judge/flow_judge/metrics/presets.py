stub: upstream file of 12120 bytes
