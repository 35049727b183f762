stub: upstream file of 9193 bytes
