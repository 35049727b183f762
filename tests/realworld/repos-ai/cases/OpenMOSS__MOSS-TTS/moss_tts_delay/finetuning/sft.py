stub: upstream file of 26734 bytes
