stub: upstream file of 8667 bytes
