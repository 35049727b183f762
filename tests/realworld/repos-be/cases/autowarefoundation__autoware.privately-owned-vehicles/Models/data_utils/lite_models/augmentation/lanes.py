stub: upstream file of 5734 bytes
