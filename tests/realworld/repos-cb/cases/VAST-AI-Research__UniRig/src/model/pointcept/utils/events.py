stub: upstream file of 20276 bytes
