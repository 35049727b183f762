stub: upstream file of 20734 bytes
