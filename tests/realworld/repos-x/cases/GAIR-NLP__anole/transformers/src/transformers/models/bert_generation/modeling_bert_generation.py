stub: upstream file of 48503 bytes
