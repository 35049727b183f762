stub: upstream file of 9515 bytes
