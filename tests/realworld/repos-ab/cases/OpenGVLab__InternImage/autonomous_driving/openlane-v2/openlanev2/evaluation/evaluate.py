stub: upstream file of 22472 bytes
