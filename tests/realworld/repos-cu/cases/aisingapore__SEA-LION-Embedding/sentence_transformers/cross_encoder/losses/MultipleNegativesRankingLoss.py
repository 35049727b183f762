stub: upstream file of 9092 bytes
