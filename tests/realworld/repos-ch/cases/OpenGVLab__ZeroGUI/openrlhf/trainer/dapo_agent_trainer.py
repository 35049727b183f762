stub: upstream file of 9472 bytes
