stub: upstream file of 58734 bytes
