stub: upstream file of 39479 bytes
