stub: upstream file of 8734 bytes
