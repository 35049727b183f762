stub: upstream file of 3734 bytes
