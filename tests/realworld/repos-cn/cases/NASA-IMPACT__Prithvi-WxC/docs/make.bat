stub: upstream file of 804 bytes
