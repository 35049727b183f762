stub: upstream file of 29734 bytes
