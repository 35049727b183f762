stub: upstream file of 59746 bytes
