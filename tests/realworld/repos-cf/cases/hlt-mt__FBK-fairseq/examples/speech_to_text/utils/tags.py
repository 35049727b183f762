stub: upstream file of 1734 bytes
