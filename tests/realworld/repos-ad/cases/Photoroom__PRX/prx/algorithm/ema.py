stub: upstream file of 10789 bytes
