stub: upstream file of 14647 bytes
