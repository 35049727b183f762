stub: upstream file of 14830 bytes
