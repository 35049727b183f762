stub: upstream file of 16489 bytes
