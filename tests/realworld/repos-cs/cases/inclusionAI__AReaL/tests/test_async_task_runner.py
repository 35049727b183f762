stub: upstream file of 14047 bytes
