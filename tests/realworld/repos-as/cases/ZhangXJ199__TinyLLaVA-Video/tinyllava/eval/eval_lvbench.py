stub: upstream file of 9215 bytes
