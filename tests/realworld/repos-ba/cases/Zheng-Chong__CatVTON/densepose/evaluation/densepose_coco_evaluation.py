stub: upstream file of 56804 bytes
