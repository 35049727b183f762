stub: upstream file of 24804 bytes
